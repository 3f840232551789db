// Entry point of the batch page (/batches): the same sign-in and API client as the task pane, and
// the same UI language (the reviewer's choice, else the browser's), kept under the same key.

import { BatchesApi } from "../api/batches";
import { startSignIn } from "../auth";
import { onUiLanguage, setUiLanguage, type UiLanguage } from "../core/i18n";
import { mountAccount } from "../ui/account";
import { browserStorage, initialUiLanguage, LANGUAGE_KEY } from "../ui/language";
import { mountBatchPage } from "./page";

async function start(): Promise<void> {
  const storage = browserStorage();
  setUiLanguage(initialUiLanguage(storage, navigator.language));
  const chooseLanguage = (language: UiLanguage): void => {
    storage.setItem(LANGUAGE_KEY, language);
    setUiLanguage(language);
  };
  const origin = window.location.origin;
  const session = await startSignIn({ baseUrl: origin, nestedAppAuth: false });
  const account = document.getElementById("account");
  if (account) {
    let unmount = mountAccount(account, session);
    onUiLanguage(() => {
      unmount();
      unmount = mountAccount(account, session);
    });
  }
  await mountBatchPage(document, new BatchesApi(origin, undefined, session), session, chooseLanguage);
  document.body.dataset.ready = "true";
}

void start();
