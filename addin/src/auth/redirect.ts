// The sign-in popup lands here (the SPA redirect URI /addin/auth-redirect.html): MSAL v5 hands the
// answer back to the page that opened the popup over a BroadcastChannel, then the popup closes.
import { broadcastResponseToMainFrame } from "@azure/msal-browser/redirect-bridge";

broadcastResponseToMainFrame().catch(() => {
  const message = document.getElementById("message");
  if (message) message.textContent = "Sign-in could not be completed. Close this window and try again from ClauseLens.";
});
