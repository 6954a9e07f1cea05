import { describe, expect, it } from "vitest";
import { sectionFromPath } from "../../../src/scrape/clients-v1/section-name.js";

describe("sectionFromPath", () => {
  it("takes the resource segment the title names", () => {
    expect(sectionFromPath("/v1/workspace/:workspaceId/clients/:clientId", "Update Client (v1)")).toBe("Clients");
    expect(sectionFromPath("/v1/workspace/:workspaceId", "Get Workspace")).toBe("Workspace");
  });
  it("falls back to the segment owning the last parameter, then to the last fixed segment", () => {
    expect(sectionFromPath("/v1/workspace/:workspaceId/time-entries/:id/archive", "Put away")).toBe("Time entries");
    expect(sectionFromPath("/v1/reports", "Summary")).toBe("Reports");
  });
});
