import { describe, expect, it } from "vitest";
import { groupSamples, sampleOpening } from "../../../src/scrape/toggl-text/samples.js";

const lines = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 20 }));

describe("groupSamples", () => {
  it("cuts the run of sample lines at each language's opening, labelled by it", () => {
    const samples = groupSamples(
      lines(
        "curl -X POST https://api.example.com/tags \\",
        "-d '{}'",
        "bytes, err := json.Marshal('{}')",
        "req, err := http.NewRequest(http.MethodPost,",
        "require 'net/http'",
        "require 'uri'",
        "req = Net::HTTP::Post.new(uri.path)",
        'fetch("https://api.example.com/tags", {',
        "import requests",
        "extern crate tokio;",
        "use reqwest::{Client};",
      ),
    );
    expect(samples.map((s) => [s.label, s.line, s.text.split("\n").length])).toEqual([
      ["cURL", 20, 2],
      ["Go", 22, 2],
      ["Ruby", 24, 3],
      ["JavaScript", 27, 1],
      ["Python", 28, 1],
      ["Rust", 29, 2],
    ]);
  });
  it("keeps lines before any opening as an unlabelled sample", () => {
    expect(groupSamples(lines("console.log(1)", "curl https://x"))).toEqual([
      { label: "", text: "console.log(1)", line: 20 },
      { label: "cURL", text: "curl https://x", line: 21 },
    ]);
  });
  it("knows the openings, and not prose", () => {
    expect(sampleOpening("curl https://x")).toBe("cURL");
    expect(sampleOpening("curly braces are used")).toBeUndefined();
  });
});
