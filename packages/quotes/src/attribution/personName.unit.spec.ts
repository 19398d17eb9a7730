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
    // Role words used as titles.
    ["Coach Ana Silva", "Ana Silva", "Coach"],
    ["Chairwoman Leila Haddad", "Leila Haddad", "Chairwoman"],
    ["Mayor Tomas Reiter", "Tomas Reiter", "Mayor"],
    ["Governor Ali Kaya", "Ali Kaya", "Governor"],
    // Offices "of ..." that hold organisation words are still a person's title.
    [
      "Minister of Communications and Digital Technologies Thandiwe Mokoena",
      "Thandiwe Mokoena",
      "Minister of Communications and Digital Technologies",
    ],
    ["Minister of Trade and Industry Jonas Berg", "Jonas Berg", "Minister of Trade and Industry"],
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
    // Role words used as titles do not block the split.
    ["Coach Ana Silva of the Eastside Runners", "Ana Silva", "Eastside Runners"],
    ["Chairman Ali Kaya of the Port Authority", "Ali Kaya", "Port Authority"],
    ["Captain Jon Reyes of the Harbour Patrol", "Jon Reyes", "Harbour Patrol"],
    ["Judge Maria Ortiz of the Lisbon Appeals Court", "Maria Ortiz", "Lisbon Appeals Court"],
    // Name particles are part of the name.
    ["Advocate Lars van Dijk of the Open Courts Trust", "Lars van Dijk", "Open Courts Trust"],
    ["Maria da Costa of the Porto Press Club", "Maria da Costa", "Porto Press Club"],
    ["Senator Omar bin Salleh of the People's Party", "Omar bin Salleh", "People's Party"],
    ["Khalid al-Rashid of the Gulf Media Forum", "Khalid al-Rashid", "Gulf Media Forum"],
    ["Anna von Berg from the Hamburg Data Office", "Anna von Berg", "Hamburg Data Office"],
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
