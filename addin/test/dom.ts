// The pane's DOM tests share this: a fresh element in the document for each test (removed after it),
// lookups inside it, and picking an option the way a reader does (value, then a change event).
import { afterEach, beforeEach } from "vitest";

export interface TestRoot {
  /** The element the test mounts into (a new one for each test). */
  readonly root: HTMLElement;
  /** The first match inside the root; a test that expects it fails when it is missing. */
  $<T extends Element = HTMLElement>(selector: string): T;
  $$(selector: string): HTMLElement[];
  /** The trimmed text of every match. */
  texts(selector: string): string[];
  /** Picks `value` in the select matched by `selector` and tells the page, as a reader's pick does. */
  choose(selector: string, value: string): void;
}

export function useRoot(): TestRoot {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement("div");
    document.body.append(root);
  });
  afterEach(() => {
    root?.remove();
  });
  const current = (): HTMLElement => {
    if (!root) throw new Error("The root exists only while a test runs.");
    return root;
  };
  const $ = <T extends Element = HTMLElement>(selector: string): T => {
    const found = current().querySelector<T>(selector);
    if (!found) throw new Error(`nothing matches ${selector}`);
    return found;
  };
  const $$ = (selector: string): HTMLElement[] => [...current().querySelectorAll<HTMLElement>(selector)];
  return {
    get root() {
      return current();
    },
    $,
    $$,
    texts: (selector) => $$(selector).map((e) => e.textContent?.trim() ?? ""),
    choose: (selector, value) => {
      const select = $<HTMLSelectElement>(selector);
      select.value = value;
      select.dispatchEvent(new Event("change"));
    },
  };
}
