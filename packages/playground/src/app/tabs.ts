/**
 * Tabs for the panels this deployment serves (a panel's `data-path` is in its `/openapi.json`), with the
 * keyboard pattern of WAI-ARIA's tabs: arrows, Home and End move between tabs, Tab goes into the panel.
 */
export function setUpTabs(paths: ReadonlySet<string>): void {
  const nav = document.getElementById("tabs") as HTMLElement;
  const panels = [...document.querySelectorAll<HTMLElement>("[role=tabpanel]")].filter((p) =>
    paths.has(p.dataset.path ?? ""),
  );
  const tabs = panels.map((panel) => {
    const tab = document.createElement("button");
    tab.type = "button";
    tab.role = "tab";
    tab.id = `tab-${panel.id.replace("panel-", "")}`;
    tab.textContent = panel.dataset.label ?? "";
    tab.setAttribute("aria-controls", panel.id);
    tab.addEventListener("click", () => select(tab));
    nav.append(tab);
    return tab;
  });
  const select = (chosen: HTMLButtonElement, focus = false) => {
    for (const [i, tab] of tabs.entries()) {
      const on = tab === chosen;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      (panels[i] as HTMLElement).hidden = !on;
    }
    if (focus) chosen.focus();
    history.replaceState(null, "", `#${chosen.id.replace("tab-", "")}`);
  };
  nav.addEventListener("keydown", (event) => {
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(tabs[(next + tabs.length) % tabs.length] as HTMLButtonElement, true);
  });
  const wanted = tabs.find((tab) => tab.id === `tab-${location.hash.slice(1)}`) ?? tabs[0];
  if (wanted) select(wanted);
}
