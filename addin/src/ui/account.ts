// The account bar: who is signed in, with Sign in / Sign out. Shared by the pane and the batch page;
// renders nothing in local mode.

import { t } from "../core/i18n";
import type { SignInSession, SignInState } from "../auth";
import { h, replaceChildren } from "./dom";

/** Keeps `container` showing the session's state. Returns an unmount function. */
export function mountAccount(container: HTMLElement, session: SignInSession): () => void {
  container.classList.add("account");
  const render = (state: SignInState): void => {
    container.hidden = state.status === "off";
    replaceChildren(container, ...accountView(state, session));
  };
  render(session.state);
  return session.subscribe(render);
}

function accountView(state: SignInState, session: SignInSession): Node[] {
  switch (state.status) {
    case "off":
      return [];
    case "signing-in":
      return [h("span", { class: "account-name", role: "status" }, t("account.signingIn")), h("button", { type: "button", "data-key": "sign-in", disabled: true }, t("account.signIn"))];
    case "signed-in":
      return [
        h("span", { class: "account-name", title: state.account.username }, t("account.signedInAs"), h("strong", {}, state.account.name)),
        h("button", { type: "button", class: "subtle", "data-key": "sign-out", onclick: () => void session.signOut() }, t("account.signOut")),
      ];
    case "signed-out":
      return [
        h("span", { class: "account-name", role: state.message ? "alert" : null }, state.message ?? t("account.prompt")),
        h("button", { type: "button", class: "primary", "data-key": "sign-in", onclick: () => void session.signIn() }, t("account.signIn")),
      ];
  }
}
