import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { detectRequestPhrases } from "@/lib/requests/chat-phrases";

const types = (text: string) => detectRequestPhrases(text).map((m) => m.type);
const span = (text: string) => {
  const [m] = detectRequestPhrases(text);
  return m ? text.slice(m.start, m.end) : null;
};

describe("chat phrases that ask for a right", () => {
  const cases: Array<[string, string]> = [
    ["Please delete my data", "erasure"],
    ["Can you remove my information from your site?", "erasure"],
    ["I want you to erase all my personal data now", "erasure"],
    ["delete all the data you have about me", "erasure"],
    ["Remove me from your database please", "erasure"],
    ["I'm invoking my right to be forgotten.", "erasure"],
    ["Please delete my account", "erasure"],
    ["Hej, radera mina uppgifter tack", "erasure"],
    ["Kan ni ta bort min data?", "erasure"],
    ["Ta bort mitt konto", "erasure"],
    ["Radera allt ni har om mig", "erasure"],
    ["What data do you have about me?", "access"],
    ["what personal information do you hold on me", "access"],
    ["What do you know about me?", "access"],
    ["I want a copy of my data", "access"],
    ["Could I get a copy of all my personal information?", "access"],
    ["This is a subject access request.", "access"],
    ["Vilka uppgifter har ni om mig?", "access"],
    ["Vilka personuppgifter sparar ni om mig", "access"],
    ["Vad har ni för uppgifter om mig?", "access"],
    ["Jag vill ha ett registerutdrag", "access"],
    ["Jag vill ha en kopia av mina personuppgifter", "access"],
    ["Can you transfer my data to another provider?", "portability"],
    ["I'd like it in a machine-readable format", "portability"],
    ["Jag vill flytta mina uppgifter till en annan tjänst", "portability"],
    ["Please correct my address", "rectification"],
    ["can you update my e-mail address", "rectification"],
    ["My address is wrong in your system", "rectification"],
    ["Kan ni rätta min adress?", "rectification"],
    ["Korrigera mina personuppgifter", "rectification"],
    ["Please restrict the processing of my personal data", "restriction"],
    ["Begränsa behandlingen av mina personuppgifter", "restriction"],
    ["Stop contacting me!", "objection"],
    ["stop sending me newsletters", "objection"],
    ["Please stop using my data for ads", "objection"],
    ["I object to the processing of my data", "objection"],
    ["Unsubscribe me from your marketing", "objection"],
    ["Sluta kontakta mig!", "objection"],
    ["Sluta ringa mig", "objection"],
    ["Sluta skicka reklam", "objection"],
  ];
  for (const [text, type] of cases) {
    it(`"${text}" → ${type}`, () => assert.deepEqual(types(text), [type]));
  }

  it("gives the span of the phrase, as UTF-16 offsets", () => {
    assert.equal(span("Hi there. Please delete my data, thanks"), "delete my data");
    assert.equal(span("Hej! Vilka uppgifter har ni om mig?"), "Vilka uppgifter har ni om mig");
    assert.equal(span("Sluta   kontakta\nmig"), "Sluta   kontakta\nmig");
    // An emoji before the phrase takes two UTF-16 units.
    const text = "😀 radera mina uppgifter";
    const [m] = detectRequestPhrases(text);
    assert.deepEqual(m, { type: "erasure", start: 3, end: text.length });
  });

  it("finds several rights in one message, in order, each once", () => {
    const text = "Stop contacting me. And delete my data. Delete my data!";
    const found = detectRequestPhrases(text);
    assert.deepEqual(found.map((m) => m.type), ["objection", "erasure"]);
    assert.equal(text.slice(found[1]!.start, found[1]!.end), "delete my data");
  });
});

describe("near misses that are not requests", () => {
  const misses = [
    "delete my cart",
    "How do I delete my cart items?",
    "can you remove the item",
    "Please remove the item from my order",
    "What data plans do you have?",
    "I can't stop laughing",
    "Don't stop me now",
    "Update my order to express delivery",
    "Can I change the delivery address for order 1042?",
    "Ta bort varan ur min varukorg",
    "Kan ni radera varukorgen?",
    "Vilka storlekar har ni?",
    "Sluta inte!",
    "What do you have in stock?",
    "remove mydata", // not the phrase: one word
    "I undeleted my data folder", // "delete" inside a word
    "",
  ];
  for (const text of misses) {
    it(`"${text}" → nothing`, () => assert.deepEqual(detectRequestPhrases(text), []));
  }

  it("ignores text too long to be a chat message", () => {
    assert.deepEqual(detectRequestPhrases(`${"x ".repeat(10_001)}delete my data`), []);
  });
});
