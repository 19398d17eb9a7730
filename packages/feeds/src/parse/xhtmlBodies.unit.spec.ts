import { describe, expect, it } from "vitest";
import { wrapXhtmlBodies } from "./xhtmlBodies.ts";

describe("wrapXhtmlBodies", () => {
  it("wraps the markup of type=xhtml constructs in CDATA", () => {
    const xml = `<entry><content type="xhtml"><div><p>a <em>b</em> c</p></div></content></entry>`;
    expect(wrapXhtmlBodies(xml)).toBe(
      `<entry><content type="xhtml"><![CDATA[<div><p>a <em>b</em> c</p></div>]]></content></entry>`,
    );
  });

  it("leaves other text constructs and self-closing ones alone", () => {
    const xml = `<entry><title type="html">a &amp;lt;b&amp;gt;</title><content type="xhtml"/><summary>x</summary></entry>`;
    expect(wrapXhtmlBodies(xml)).toBe(xml);
  });

  it("splits a ']]>' inside the markup so the CDATA stays closed", () => {
    const xml = `<summary type='xhtml'><div>a]]>b</div></summary>`;
    expect(wrapXhtmlBodies(xml)).toBe(`<summary type='xhtml'><![CDATA[<div>a]]]]><![CDATA[>b</div>]]></summary>`);
  });

  it("handles several constructs in one document", () => {
    const xml = `<title type="xhtml"><div>T<b>1</b></div></title><content type="xhtml"><div>C</div></content>`;
    expect(wrapXhtmlBodies(xml)).toBe(
      `<title type="xhtml"><![CDATA[<div>T<b>1</b></div>]]></title><content type="xhtml"><![CDATA[<div>C</div>]]></content>`,
    );
  });
});
