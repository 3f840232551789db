import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ADDIN_DIR, iconErrors, schemaErrors } from "../scripts/manifest-check.mjs";

const manifest = readFileSync(join(ADDIN_DIR, "manifest.xml"), "utf8");
const scratch = mkdtempSync(join(tmpdir(), "clauselens-manifest-"));

function validate(xml: string): string[] {
  const file = join(scratch, `m-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  return schemaErrors(file);
}

describe("manifest", () => {
  it("is valid against the add-in manifest schema", () => {
    expect(validate(manifest)).toEqual([]);
  });

  it.each([
    ["a button icon that names no resource", manifest.replace('resid="Icon.80"', 'resid="Icon.99"'), /keyref/],
    ["an unknown permission", manifest.replace(">ReadWriteDocument<", ">Everything<"), /Permissions/],
    ["an action type the schema lacks", manifest.replace('xsi:type="ShowTaskpane"', 'xsi:type="Launch"'), /Action|ShowTaskpane|Launch/],
    ["elements out of order", manifest.replace("<Permissions>ReadWriteDocument</Permissions>", "").replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>"), /not expected/],
  ])("rejects %s", (_name, broken, message) => {
    const errors = validate(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(message);
  });

  it("names icons that exist and have the declared size", () => {
    expect(iconErrors(manifest)).toEqual([]);
    expect(iconErrors(manifest.replace("icon-16.png", "icon-17.png"))).toEqual(["icon-17.png is named in the manifest but missing from assets/"]);
  });

  it("asks for WordApi 1.1 only, opens from a ribbon button labelled Review contract", () => {
    expect(manifest).toMatch(/<Set Name="WordApi" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<bt:String id="ReviewButton.Label" DefaultValue="Review contract"\/>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(manifest).toMatch(/<AppDomain>http:\/\/localhost:5000<\/AppDomain>/);
  });
});
