// A Word document for the adapter tests, built on office-addin-mock: paragraphs are
// OfficeMockObjects, so reading `text` before load + sync fails as it does in Word.
import { OfficeMockObject } from "office-addin-mock";

type Edge = "Start" | "End";
interface Point {
  paragraph: number;
  edge: Edge;
  /** Character offset in the paragraph, for ranges found by search. */
  offset?: number;
}

/** Everything the adapter did to the document, in order. */
export interface Operation {
  op: "select" | "insertComment" | "insertText" | "insertParagraph" | "search" | "acceptAll" | "rejectAll";
  from?: Point;
  to?: Point;
  text?: string;
  location?: string;
  /** Change tracking mode at the moment of an edit. */
  tracking?: string;
  options?: unknown;
}

export interface WordMock {
  operations: Operation[];
  syncs: () => number;
  runs: () => number;
  /** The document's change tracking mode, read as an add-in would: load, then sync. */
  trackingMode: () => Promise<string>;
  selectionHandlers: unknown[];
  /** The document's custom XML parts, as their XML. */
  xmlParts: () => string[];
  /** The paragraphs the document holds now (accepting or rejecting a change may remove some). */
  paragraphs: () => string[];
  /** The paragraphs (original indexes) that still carry a tracked change. */
  trackedParagraphs: () => number[];
}

interface MockOptions {
  paragraphs: string[];
  selectedParagraph?: number;
  /** WordApi versions the host supports. */
  wordApi?: string[];
  /** Custom XML parts already in the document. */
  xmlParts?: string[];
  /**
   * Tracked changes per paragraph: its text with them rejected and accepted (else both are `text`).
   * Each is one tracked change (WordApi 1.6) that can be listed in a range, accepted or rejected.
   */
  revisions?: Record<number, { original: string; current: string }>;
}

/** A loadable collection: `items` throws until load() and a sync have happened, as in Word. */
class MockCollection<T extends object> {
  private requested = false;
  private ready = false;
  constructor(private readonly all: T[]) {}
  load(properties: string): this {
    for (const item of this.all) (item as { load?: (p: string) => unknown }).load?.(properties.replace(/^items\//, ""));
    this.requested = true;
    return this;
  }
  sync(): void {
    if (this.requested) this.ready = true;
  }
  get items(): T[] {
    if (!this.ready) throw new Error("PropertyNotLoaded: items was read before load() and sync()");
    return this.all;
  }
}

export function installWordMock(options: MockOptions): WordMock {
  const operations: Operation[] = [];
  const collections: MockCollection<never>[] = [];
  const selectionHandlers: unknown[] = [];
  let syncs = 0;
  let runs = 0;
  const supported = new Set(options.wordApi ?? ["1.1", "1.2", "1.3", "1.4"]);
  let context: OfficeMockObject & { document: { changeTrackingMode: string } };
  const tracking = (): string => context.document.changeTrackingMode;

  const track = <T extends object>(items: T[]): MockCollection<T> => {
    const collection = new MockCollection(items);
    collections.push(collection as unknown as MockCollection<never>);
    return collection;
  };

  // Each paragraph's text now and its pending tracked change; `removed` once a rejected insertion
  // or an accepted deletion took it out. Points keep the paragraph's index at the start.
  const records = options.paragraphs.map((text, i) => ({ text, revision: options.revisions?.[i], removed: false }));
  const live = (): number[] => records.flatMap((r, i) => (r.removed ? [] : [i]));
  const trackedChange = (i: number) => ({
    type: "Modified",
    getRange: () => whole(i),
  });
  // A range's tracked changes (WordApi 1.6): every pending one in its paragraphs.
  const trackedIn = (from: number, to: number) => {
    const indexes = live().filter((i) => i >= from && i <= to && records[i]!.revision);
    const collection = track(indexes.map(trackedChange));
    const settle = (op: "acceptAll" | "rejectAll"): void => {
      operations.push({ op, from: { paragraph: from, edge: "Start" }, to: { paragraph: to, edge: "End" } });
      for (const i of indexes) {
        const record = records[i]!;
        const text = op === "acceptAll" ? record.revision!.current : record.revision!.original;
        record.text = text;
        record.removed = text === "";
        record.revision = undefined;
      }
    };
    return Object.assign(collection, { acceptAll: () => settle("acceptAll"), rejectAll: () => settle("rejectAll") });
  };

  class FakeRange {
    constructor(
      readonly from: Point,
      readonly to: Point,
    ) {}
    getRange(edge: Edge | "Whole"): FakeRange {
      if (edge === "Start") return new FakeRange(this.from, this.from);
      if (edge === "End") return new FakeRange(this.to, this.to);
      return this;
    }
    expandTo(other: FakeRange): FakeRange {
      return new FakeRange(this.from, other.to);
    }
    get paragraphs(): MockCollection<OfficeMockObject> {
      return track(paragraphs.slice(this.from.paragraph, this.to.paragraph + 1));
    }
    getTrackedChanges() {
      return trackedIn(this.from.paragraph, this.to.paragraph);
    }
    select(): void {
      operations.push({ op: "select", from: this.from, to: this.to });
    }
    insertComment(text: string): void {
      operations.push({ op: "insertComment", from: this.from, to: this.to, text });
    }
    insertText(text: string, location: string): FakeRange {
      operations.push({ op: "insertText", from: this.from, to: this.to, text, location, tracking: tracking() });
      return this;
    }
    insertParagraph(text: string, location: string): FakeRange {
      operations.push({ op: "insertParagraph", from: this.from, to: this.to, text, location, tracking: tracking() });
      return new FakeRange(this.to, this.to);
    }
  }

  const whole = (i: number): FakeRange => new FakeRange({ paragraph: i, edge: "Start" }, { paragraph: i, edge: "End" });
  const paragraphs = options.paragraphs.map(
    (text, i) =>
      new OfficeMockObject({
        text,
        style: "Normal",
        getRange: (edge: Edge | "Whole") => whole(i).getRange(edge),
        select: () => whole(i).select(),
        insertParagraph: (t: string, location: string) => whole(i).insertParagraph(t, location),
        insertText: (t: string, location: string) => whole(i).insertText(t, location),
        getTrackedChanges: () => trackedIn(i, i),
        getReviewedText: (version: string) => {
          const revision = records[i]!.revision;
          const value = (version === "Original" ? revision?.original : revision?.current) ?? records[i]!.text;
          const result = { ready: false, get value(): string {
            if (!this.ready) throw new Error("PropertyNotLoaded: the reviewed text was read before sync()");
            return value + "\r";
          } };
          pendingResults.push(result);
          return result;
        },
        search: (needle: string, searchOptions: unknown) => {
          operations.push({ op: "search", from: whole(i).from, text: needle, options: searchOptions });
          const hits: FakeRange[] = [];
          for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
            hits.push(new FakeRange({ paragraph: i, edge: "Start", offset: at }, { paragraph: i, edge: "End", offset: at + needle.length }));
          }
          return track(hits);
        },
      }),
  );

  // Custom XML parts (WordApi 1.4): getXml's value can be read only after a sync, as in Word.
  const parts = (options.xmlParts ?? []).map((xml) => ({ xml, deleted: false }));
  let pendingResults: { ready: boolean }[] = [];
  const namespaceOf = (xml: string): string => /xmlns="([^"]*)"/.exec(xml)?.[1] ?? "";
  const partObject = (part: { xml: string; deleted: boolean }) => ({
    id: `part-${parts.indexOf(part)}`,
    getXml: () => {
      const result = { ready: false, get value(): string {
        if (!this.ready) throw new Error("PropertyNotLoaded: the XML was read before sync()");
        return part.xml;
      } };
      pendingResults.push(result);
      return result;
    },
    setXml: (xml: string) => void (part.xml = xml),
    delete: () => void (part.deleted = true),
  });
  const customXmlParts = {
    getByNamespace: (ns: string) => track(parts.filter((p) => !p.deleted && namespaceOf(p.xml) === ns).map(partObject)),
    add: (xml: string) => {
      const part = { xml, deleted: false };
      parts.push(part);
      return partObject(part);
    },
  };

  const end = Math.max(0, paragraphs.length - 1);
  context = new OfficeMockObject({
    document: {
      changeTrackingMode: "Off",
      body: {
        getRange: (edge: Edge) => new FakeRange({ paragraph: 0, edge: "Start" }, { paragraph: end, edge: "End" }).getRange(edge),
        getTrackedChanges: () => trackedIn(0, records.length - 1),
        search: (needle: string, searchOptions: unknown) => {
          operations.push({ op: "search", text: needle, options: searchOptions });
          const hits = live().flatMap((i) => {
            const at = records[i]!.text.indexOf(needle);
            return at < 0 ? [] : [new FakeRange({ paragraph: i, edge: "Start", offset: at }, { paragraph: i, edge: "End", offset: at + needle.length })];
          });
          return track(hits);
        },
        insertParagraph: (t: string, location: string) =>
          new FakeRange({ paragraph: end, edge: "End" }, { paragraph: end, edge: "End" }).insertParagraph(t, `body:${location}`),
      },
      getSelection: () => whole(options.selectedParagraph ?? 0),
    },
    sync: async () => {
      syncs++;
      for (const collection of collections) collection.sync();
      for (const result of pendingResults) result.ready = true;
      pendingResults = [];
      await Promise.all(paragraphs.map((p) => p.sync()));
    },
  }) as typeof context;
  // Word hands out a fresh collection per access: the paragraphs the document holds then.
  Object.defineProperty((context.document as unknown as { body: object }).body, "paragraphs", { get: () => track(live().map((i) => paragraphs[i]!)), configurable: true });
  (context.document as unknown as { customXmlParts: unknown }).customXmlParts = customXmlParts;

  const office = new OfficeMockObject({
    context: {
      requirements: { isSetSupported: (name: string, version: string) => name === "WordApi" && supported.has(version) },
      document: {
        addHandlerAsync: (_type: unknown, handler: unknown) => selectionHandlers.push(handler),
        removeHandlerAsync: (_type: unknown, options: { handler: unknown }) => {
          const at = selectionHandlers.indexOf(options.handler);
          if (at >= 0) selectionHandlers.splice(at, 1);
        },
      },
    },
    EventType: { DocumentSelectionChanged: "documentSelectionChanged" },
  });
  const word = {
    run: async <T>(batch: (c: unknown) => Promise<T>): Promise<T> => {
      runs++;
      return batch(context);
    },
    ChangeTrackingMode: { off: "Off", trackAll: "TrackAll", trackMineOnly: "TrackMineOnly" },
    ChangeTrackingVersion: { original: "Original", current: "Current" },
  };
  Object.assign(globalThis, { Office: office, Word: word });
  const document = context.document as unknown as OfficeMockObject & { changeTrackingMode: string };
  const trackingMode = async (): Promise<string> => {
    document.load("changeTrackingMode");
    await document.sync();
    return document.changeTrackingMode;
  };
  return {
    operations,
    syncs: () => syncs,
    runs: () => runs,
    trackingMode,
    selectionHandlers,
    xmlParts: () => parts.filter((p) => !p.deleted).map((p) => p.xml),
    paragraphs: () => live().map((i) => records[i]!.text),
    trackedParagraphs: () => live().filter((i) => records[i]!.revision),
  };
}

export function uninstallWordMock(): void {
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).Word;
}
