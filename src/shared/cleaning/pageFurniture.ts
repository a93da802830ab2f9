// A news page copied whole keeps its buttons and labels among the header's fields: "Save",
// "Listen", "Published" over the date, "Leestijd 3 minuten", the writer's handle. They are header
// lines, but no field: a line above them is not a headline for their sake, and in the body (a
// poem's "Save", a how-to's menu) they are text.
const PAGE_FURNITURE =
  /^(?:save|bookmark|copy link|listen|share|share full article|listen to this article(?:\s*[·•|-].*)?|published|updated|posted|publié|veröffentlicht|publicado|pubblicato|gepubliceerd|partager|lire plus tard|écouter(?: cet article)?|teilen|merken|anhören|compartir|escuchar|guardar|compartilhar|ouvir|condividi|ascolta(?: l['’]articolo)?|delen|luister|(?:reading time|leestijd|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura)\s*:?\s*\d+\s*min\p{L}*\.?|\d+\s*min(?:ute)?s?\.?(?:\s+read)?|\d+\s*minuti di lettura|@\w{2,30})$/iu

/** Whether the line is one of a news page's buttons or labels, as it stands among the header's fields. */
export const isPageFurniture = (line: string): boolean => PAGE_FURNITURE.test(line)
