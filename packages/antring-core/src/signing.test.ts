import { describe, expect, it } from "vitest";
import { authHash, historiesHash, recordingHash, sha256Hex } from "./signing";

// Every expected value below was computed independently of this code, in a shell:
//   printf '%s' '<input>' | sha256sum

describe("sha256Hex", () => {
  it("hashes the empty string", async () => {
    // printf '%s' '' | sha256sum
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });

  it("hashes UTF-8 bytes, not UTF-16 code units", async () => {
    // printf '%s' 'demo-appbí-mật' | sha256sum
    expect(await sha256Hex("demo-appbí-mật")).toBe(
      "0eaa14b531d8b646bc60af27507956dae09860a09a87fa9a08e8e703d42bedef",
    );
  });
});

describe("authHash", () => {
  it("is sha256(appId + appSecret)", async () => {
    // printf '%s' 'demo-appdemo-secret' | sha256sum
    expect(await authHash("demo-app", "demo-secret")).toBe(
      "bbd034598bc08e1641e7406e9a1f4aa5f81ccefe81ffa5db5666b829aa3c12e4",
    );
  });
});

describe("historiesHash", () => {
  const docsExample = {
    appId: "6544646543674",
    createdFrom: "2018-02-07T02:19:33.000Z",
    createdTo: "2018-02-07T07:04:22.000Z",
  };

  it("reproduces the 'Use API' worked example (only the parameters actually sent)", async () => {
    // The docs' request sends appId, created_from and created_to; secret 123456.
    // printf '%s' '65446465436742018-02-07T02:19:33.000Z2018-02-07T07:04:22.000Z123456' | sha256sum
    // (the docs print the same digest)
    expect(await historiesHash(docsExample, "123456")).toBe(
      "9b11b9ff77dbba70fe059acf84c02cfe6af90de9122e4d3bd6ec69c9d637f9ed",
    );
  });

  it("hashes limit then page, before the secret, when they are sent", async () => {
    // printf '%s' '65446465436742018-02-07T02:19:33.000Z2018-02-07T07:04:22.000Z1001123456' | sha256sum
    expect(await historiesHash({ ...docsExample, limit: 100, page: 1 }, "123456")).toBe(
      "a3e419a0bd65498093c7bda5e502cd729655c94c9bc3d2ca9c7119d4211667d0",
    );
    // printf '%s' '65446465436742018-02-07T02:19:33.000Z2018-02-07T07:04:22.000Z1003123456' | sha256sum
    expect(await historiesHash({ ...docsExample, limit: "100", page: "3" }, "123456")).toBe(
      "43af0d5149ff1a3cb772efe829976b0f63523dc9d3cdd959c69378b8e581fe27",
    );
  });
});

describe("recordingHash", () => {
  it("is sha256(appId + media + appSecret)", async () => {
    // printf '%s' 'demo-appcall_recording_dl5m5j5hfh4n8njj1oor.mp3demo-secret' | sha256sum
    expect(await recordingHash("demo-app", "call_recording_dl5m5j5hfh4n8njj1oor.mp3", "demo-secret")).toBe(
      "a4e50427adcd70e7644dd3d38c511f0ac6f136e5462106bb724469bbcba07b5c",
    );
  });
});
