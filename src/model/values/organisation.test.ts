import { describe, expect, it } from "vitest";
import { hitoyoshiProfile } from "../../profiles/hitoyoshi.js";
import { coveredBodyOf } from "./organisation.js";

describe("covered bodies by the names cities give them", () => {
  it("reads the water enterprise with sewerage merged in as the water bureau of 4(1) (seventh review)", () => {
    for (const name of ["上下水道局", "上下水道部", "人吉市上下水道局", "水道局", "水道事業"]) {
      expect(coveredBodyOf(name, hitoyoshiProfile.coveredBodies, "人吉市"), name).toBe("水道局");
    }
  });

  it("leaves bodies outside 4(1) out", () => {
    expect(coveredBodyOf("消防本部", hitoyoshiProfile.coveredBodies, "人吉市")).toBeUndefined();
    expect(coveredBodyOf("市立病院", hitoyoshiProfile.coveredBodies, "人吉市")).toBeUndefined();
  });

  it("reads a covered body with a note in brackets as that body (twenty-eighth review)", () => {
    expect(coveredBodyOf("市長部局（市民課）", hitoyoshiProfile.coveredBodies, "人吉市")).toBe("市長部局");
    expect(coveredBodyOf("教育委員会【学校教育課】", hitoyoshiProfile.coveredBodies, "人吉市")).toBe("教育委員会");
    expect(coveredBodyOf("消防本部（警防課）", hitoyoshiProfile.coveredBodies, "人吉市")).toBeUndefined();
  });
});

describe("coveredBodyOf, read again", () => {
  it("follows a list of covered bodies changed in place between two readings", () => {
    const covered = ["市長部局"];
    expect(coveredBodyOf("水道局", covered, "人吉市")).toBeUndefined();
    covered.push("水道局");
    expect(coveredBodyOf("水道局", covered, "人吉市")).toBe("水道局");
    expect(coveredBodyOf("上下水道局", covered, "人吉市")).toBe("水道局");
    covered.pop();
    expect(coveredBodyOf("上下水道局", covered, "人吉市")).toBeUndefined();
  });
});
