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
    const text = "Kim Lee spoke. Kim Lee said he agreed. Kim Lee said she agreed.";
    const mentions = [...text.matchAll(/Kim Lee/g)].map((m) => ({
      name: "Kim Lee",
      position: m.index,
      description: "",
    }));
    expect(inferGenders(text, mentions).has("Kim Lee")).toBe(false);
  });

  it("takes no vote from a name named as an object or an owner", () => {
    const text = "Ana Ruiz took a swipe at Tom Reed, saying she was tired. Tom Reed's plan, she said, failed.";
    const at = (name: string, from = 0) => ({ name, position: text.indexOf(name, from), description: "" });
    const genders = inferGenders(text, [at("Ana Ruiz"), at("Tom Reed"), at("Tom Reed", 40)]);
    expect(genders.has("Tom Reed")).toBe(false);
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
