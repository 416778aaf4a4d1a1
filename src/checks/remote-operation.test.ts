import { describe, expect, it } from "vitest";
import type { Connection } from "../model/connection.js";
import { operation } from "./remote-operation.js";

const link = (facts: object): Connection => ({ id: "c", from: { system: "a" }, to: { system: "b" }, ...facts }) as Connection;

describe("what a link lets its opening side do (thirty-third to thirty-seventh reviews)", () => {
  it.each([
    [{ protocols: ["WinRM over HTTPS"] }, "control"],
    [{ protocols: ["SSH/SFTP"] }, "control"],
    [{ protocols: ["SSH/SFTP（パスワード認証なし）"] }, "control"],
    [{ protocols: ["OpenSSH"] }, "control"],
    [{ protocols: ["OpenSSH（SFTP・シェル）"], ports: [22], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["rdp"], ports: [3389, 5985] }, "control"],
    [{ protocols: ["TCP"], ports: [22] }, "control"],
    [{ protocols: ["rdp"] }, "screen"],
    [{ protocols: ["リモートデスクトップ"] }, "screen"],
    [{ ports: [3389] }, "screen"],
    [{ sanitisation: ["screen-transfer"] }, "screen"],
    // Thirty-eighth review: what is written beside a file transfer decides.
    [{ protocols: ["SFTP/Telnet"], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["SFTP・VNC"], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["SCP/SSH（TeraTerm による保守ログイン）"], sanitisation: ["file-sanitisation"] }, "control"],
    [{ protocols: ["SFTP/RDP"], ports: [22, 3389] }, "screen"],
    [{ protocols: ["画面転送型リモート保守（RDP）"] }, "control"],
    // Fortieth round (left by the thirty-ninth review): remote-control products and server consoles an auditor knows.
    [{ protocols: ["MagicConnect"] }, "control"],
    [{ protocols: ["ISL Online"] }, "control"],
    [{ protocols: ["Webmin (HTTPS)"], ports: [10000] }, "control"],
    [{ protocols: ["iLO リモートコンソール"], ports: [443] }, "control"],
    [{ protocols: ["iDRAC"], ports: [443] }, "control"],
    [{ protocols: ["SFTP・RustDesk"], sanitisation: ["file-sanitisation"] }, "control"],
  ] as const)("%j is %s", (facts, kind) => {
    expect(operation(link(facts))?.kind).toBe(kind);
  });

  it.each([
    { protocols: ["SFTP（SSH File Transfer Protocol）"], ports: [22] },
    { protocols: ["SFTP（SSH鍵認証）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SCP/SSH"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SFTP（ForceCommand internal-sftp）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SFTP（シェルログイン不可）"], ports: [22], sanitisation: ["file-sanitisation"] },
    // Thirty-ninth review: tools said to be switched off, PuTTY's file-copy program, a purpose beside SFTP.
    { protocols: ["SFTP（Telnet・RDPは無効化）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["SCP（PuTTY pscp）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["リモート保守用データ受渡し（SFTP）"], ports: [22], sanitisation: ["file-sanitisation"] },
    { ports: [22], sanitisation: ["file-sanitisation"] },
    { protocols: ["https"], ports: [443] },
    { protocols: ["smtp"] },
  ])("%j operates nothing", (facts) => {
    expect(operation(link(facts))).toBeUndefined();
  });
});
