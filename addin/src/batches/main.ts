// Entry point of the batch page (/batches): the same sign-in and API client as the task pane.

import { BatchesApi } from "../api/batches";
import { startSignIn } from "../auth";
import { mountAccount } from "../ui/account";
import { mountBatchPage } from "./page";

async function start(): Promise<void> {
  const origin = window.location.origin;
  const session = await startSignIn({ baseUrl: origin, nestedAppAuth: false });
  const account = document.getElementById("account");
  if (account) mountAccount(account, session);
  await mountBatchPage(document, new BatchesApi(origin, undefined, session), session);
  document.body.dataset.ready = "true";
}

void start();
