import { describe, expect, it } from "vitest";
import { genderOfDescription, genderOfFirstName, inferGenders } from "./personGender.ts";

describe("genderOfDescription", () => {
  it.each([
    ["spokeswoman", "female"],
    ["Mr", "male"],
    ["actress and singer", "female"],
    ["minister", null],
    ["chairman and chairwoman", null],
  ])("%s", (words, gender) => {
    expect(genderOfDescription(words)).toBe(gender);
  });
});

describe("inferGenders", () => {
  it("reads the first pronoun after each mention, up to the next mention", () => {
    const text = "Ana Ruiz said her team won. Tom Reed said he would stay. Ana Ruiz left. Tom Reed waved.";
    const at = (name: string, from = 0) => ({ name, position: text.indexOf(name, from), description: "" });
    const genders = inferGenders(text, [at("Ana Ruiz"), at("Tom Reed"), at("Ana Ruiz", 30), at("Tom Reed", 60)]);
    expect(genders.get("Ana Ruiz")).toBe("female");
    expect(genders.get("Tom Reed")).toBe("male");
  });

  it("leaves a person without pronouns, or with even votes, ungendered", () => {
    // (A first name the lists do not know: "Zorvath".)
    const text = "Zorvath Lee spoke. Zorvath Lee said he agreed. Zorvath Lee said she agreed.";
    const mentions = [...text.matchAll(/Zorvath Lee/g)].map((m) => ({
      name: "Zorvath Lee",
      position: m.index,
      description: "",
    }));
    expect(inferGenders(text, mentions).has("Zorvath Lee")).toBe(false);
  });

  it("takes no vote from a name named as an object or an owner", () => {
    const text = "Ana Ruiz took a swipe at Tom Reed, saying she was tired. Tom Reed's plan, she said, failed.";
    const at = (name: string, from = 0) => ({ name, position: text.indexOf(name, from), description: "" });
    const genders = inferGenders(text, [at("Ana Ruiz"), at("Tom Reed"), at("Tom Reed", 40)]);
    expect(genders.get("Tom Reed")).not.toBe("female");
  });

  it("weighs the first name against the pronouns: one pronoun only unsettles it, three outvote it", () => {
    const agrees = "John Smith runs a group. He was upset.";
    expect(inferGenders(agrees, [{ name: "John Smith", position: 0, description: "" }]).get("John Smith")).toBe("male");
    const once = "John Smith runs a group. Reporters met a woman; she was upset.";
    expect(inferGenders(once, [{ name: "John Smith", position: 0, description: "" }]).get("John Smith")).toBeNull();
    const text = "John Smith spoke; she said no. John Smith wrote; she agreed. John Smith left; she waved.";
    const mentions = [...text.matchAll(/John Smith/g)].map((m) => ({
      name: "John Smith",
      position: m.index,
      description: "",
    }));
    expect(inferGenders(text, mentions).get("John Smith")).toBe("female");
  });

  it("knows no gender where the pronouns lean against the first name without outweighing it", () => {
    const text = "Ashwini Rao told a briefing the law applied. He said it twice.";
    expect(inferGenders(text, [{ name: "Ashwini Rao", position: 0, description: "" }]).get("Ashwini Rao")).toBeNull();
  });
});

describe("genderOfFirstName", () => {
  it.each([
    ["Virginia Giuffre", "female"],
    ["Tom Reed", "male"],
    ["Stadia Pro", null],
    ["Liu", null], // one word may be a surname
    ["IDC Research", null],
  ])("%s", (name, gender) => {
    expect(genderOfFirstName(name)).toBe(gender);
  });
});
