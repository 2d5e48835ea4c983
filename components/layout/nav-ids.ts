// Element ids shared by the server-rendered sidebar and its client parts (kept out of the "use client" files,
// whose exports reach server components only as client references).
export const MENU_PANEL_ID = "app-menu";
export const SEARCH_INPUT_ID = "nav-search";
