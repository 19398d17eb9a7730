import { describe, expect, it } from "vitest";
import { parseMention } from "./parseMention.ts";

// Invented names; one row per class of title or organisation tail.
describe("person names: titles go to the role", () => {
  it.each([
    ["Maj Gen Arman Seitkali", "Arman Seitkali", "Maj Gen"],
    ["Lt. Col. Dana Oralova", "Dana Oralova", "Lt Col"],
    ["Police Superintendent Rafael Cortes", "Rafael Cortes", "Police Superintendent"],
    ["Councillor Mirela Vos", "Mirela Vos", "Councillor"],
    ["Sen. Paolo Reyes", "Paolo Reyes", "Sen"],
    ["Dr Nadia Karimova", "Nadia Karimova", "Dr"],
    ["Prof. Yusuf Demir", "Yusuf Demir", "Prof"],
    ["Lawyer Ines Tavares", "Ines Tavares", "Lawyer"],
    ["Secretary of State Dana Whitfield", "Dana Whitfield", "Secretary of State"],
    ["Director of Public Prosecutions Karin Holm", "Karin Holm", "Director of Public Prosecutions"],
    ["Minister of Digital Development Sara Lind", "Sara Lind", "Minister of Digital Development"],
    ["Novelist Selin Arslan", "Selin Arslan", "Novelist"],
    ["Attorney Kofi Mensah", "Kofi Mensah", "Attorney"],
    ["Rev. Samuel Okafor", "Samuel Okafor", "Rev"],
    ["Air Vice Marshal Tariq Osei", "Tariq Osei", "Air Vice Marshal"],
    ["Border guard commander Col Erlan Nurpeis", "Erlan Nurpeis", "Col"],
  ])("%s", (phrase, name, role) => {
    const m = parseMention(phrase);
    expect(m && [m.kind, m.name, m.role]).toEqual(["person", name, role]);
  });
});

describe("person names: an 'of the' / 'at' tail is the organisation", () => {
  it.each([
    ["Ines Tavares of the Open Net Foundation", "Ines Tavares", "Open Net Foundation"],
    ["Lawyer Ines Tavares of the Open Net Foundation", "Ines Tavares", "Open Net Foundation"],
    ["Kofi Mensah of Meta", "Kofi Mensah", "Meta"],
    ["Dana Oralova at the Centre for Media Law", "Dana Oralova", "Centre for Media Law"],
    ["Yusuf Demir from Istanbul Bilgi University", "Yusuf Demir", "Istanbul Bilgi University"],
  ])("%s", (phrase, name, organization) => {
    const m = parseMention(phrase);
    expect(m && [m.kind, m.name, m.organization]).toEqual(["person", name, organization]);
  });

  it.each([
    ["Ministry of Digital Development", "Ministry of Digital Development"],
    ["Bank of Lithuania", "Bank of Lithuania"],
    ["Supreme Court of Kenya", "Supreme Court of Kenya"],
  ])("keeps the organisation %s whole", (phrase, name) => {
    const m = parseMention(phrase);
    expect(m && [m.kind, m.name]).toEqual(["organization", name]);
  });
});
