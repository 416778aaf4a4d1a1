import { NETWORK_MODELS } from "../../model/values/network-model.js";
import { ZONES } from "../../model/values/zone.js";
import { linkCrossesInternet } from "../../policy/flow-policy.js";
import type { CheckContext } from "../../engine/check-api.js";
import type { System } from "../../model/system.js";
import { defineCheck } from "../define-check.js";

/** How zone-hosting-consistent judges a general cloud service in the My Number or LGWAN zone. */
type CloudPlacement =
  /** Not a general cloud service there, or allowed: an LGWAN-zone service under α', or a tenancy stated closed whose described links all stay off the internet. */
  | { readonly verdict: "allowed" }
  /** Every described link stays off the internet, but the tenancy is not stated closed. */
  | { readonly verdict: "closedTenancyUnknown"; readonly links: readonly string[] }
  /** Stated closed, with no line described. */
  | { readonly verdict: "closedLinesUnknown" }
  /** In the My Number zone, stated closed with every described link off the internet: a shared municipal cloud, asked. */
  | { readonly verdict: "closedInMyNumberZone" }
  /** Declared in a zone a service reached over the internet cannot be in (`cloudServiceInZone`). */
  | { readonly verdict: "misplaced" };

/**
 * The one reading of a general cloud service's placement, which the check's `evaluate` and
 * remote-maintenance-controlled both use, so that the two cannot drift apart.
 *
 * A tenancy reached only over closed lines, with no entry from the internet, is not the internet
 * service this check is about (sixteenth review: an LGWAN-zone backup in ISMAP object storage over a
 * dedicated connection was failed as "reached over the internet", which its description denied).
 * Stated so, it passes; every link closed but the tenancy not stated, it is asked. The closed lines
 * are what a connection shows: stated closed with none described, it is asked (eighteenth review).
 * The My Number zone keeps to Government Cloud and closed environments of its own (6(3)①).
 */
function cloudPlacement(system: System, ctx: Pick<CheckContext, "index" | "profile" | "description">): CloudPlacement {
  if (system.hosting?.kind !== "cloud-service") return { verdict: "allowed" };
  const links = ctx.index.connectionsBySystem.get(system.id) ?? [];
  const offInternet = links.every(({ connection }) => connection.transport !== undefined && !linkCrossesInternet(connection));
  if (system.zone === "mynumber") {
    // Seventieth review: a 共同利用型自治体クラウド written as a cloud service, stated closed over closed lines only, was
    // failed at critical as "reached over the internet", which its description denied.
    // Not when the description shows the service's internet face: standard terms anyone accepts, or a system of the
    // internet zone on the same service (seventy-first review).
    const serviceId = system.hosting.cloudServiceId;
    const service = serviceId === undefined ? undefined : ctx.description.cloudServices?.find((c) => c.id === serviceId);
    const internetFace =
      service?.terms === "click-through" ||
      (serviceId !== undefined &&
        ctx.description.systems.some((other) => other.hosting?.cloudServiceId === serviceId && other.zone === "internet"));
    return system.hosting.closedNetworkOnly === true && offInternet && links.length > 0 && !internetFace
      ? { verdict: "closedInMyNumberZone" }
      : { verdict: "misplaced" };
  }
  if (system.zone !== "lgwan" || ctx.profile.networkModel === "alpha-prime") return { verdict: "allowed" };
  if (system.hosting.closedNetworkOnly === false) return { verdict: "misplaced" };
  if (offInternet && links.length > 0) {
    return system.hosting.closedNetworkOnly === true
      ? { verdict: "allowed" }
      : { verdict: "closedTenancyUnknown", links: links.map(({ connection }) => connection.id) };
  }
  if (links.length === 0 && system.hosting.closedNetworkOnly === true) return { verdict: "closedLinesUnknown" };
  return { verdict: "misplaced" };
}

/**
 * Whether zone-hosting-consistent fails a system as a general cloud service declared in the My Number or
 * LGWAN zone (`cloudServiceInZone`): not under α' in the LGWAN zone, nor a tenancy whose described links
 * all stay off the internet (asked or passed instead).
 */
export function misplacedCloudService(system: System, ctx: Pick<CheckContext, "index" | "profile" | "description">): boolean {
  return cloudPlacement(system, ctx).verdict === "misplaced";
}

/**
 * A general cloud service is reached over the internet. Declaring one to be in the My Number zone
 * (2(9), 6(3)①) or, outside the α' model, in the LGWAN zone (2(10), 6(3)②) hides an internet link
 * behind a zone label. LGWAN-ASP services and Government Cloud are reached over LGWAN or closed
 * lines and stay in those zones.
 */
export default defineCheck({
  meta: {
    id: "zone-hosting-consistent",
    area: "zones",
    title: {
      ja: "インターネット経由で利用する一般のクラウドサービスを、マイナンバー利用事務系や LGWAN接続系のシステムとしないこと",
      en: "A general cloud service reached over the internet must not be declared a My Number or LGWAN zone system",
    },
    description: {
      ja: "設置形態（hosting.kind）が一般のクラウドサービス（cloud-service）のシステムは、インターネット経由で利用する。マイナンバー利用事務系のシステムとすることはできない。LGWAN接続系のシステムとすることも、α'モデル（特定のクラウドサービスへのローカルブレイクアウトを認める）以外ではできない。LGWAN-ASP（lgwan-asp）とガバメントクラウド（government-cloud）はこの対象ではない。",
      en: "A system hosted on a general cloud service (hosting.kind cloud-service) is reached over the internet. It cannot be a My Number zone system, nor an LGWAN zone system outside the α' model (which allows a local breakout to specific cloud services). LGWAN-ASP (lgwan-asp) and Government Cloud (government-cloud) are not affected.",
    },
    clauses: ["2(9)", "2(10)", "6(3)①", "6(3)②"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "system",
    applicability: {
      zones: ["mynumber", "lgwan", "internet"],
      when: (system) => system.hosting !== undefined && (system.zone !== "internet" || system.hosting.kind === "lgwan-asp"),
      condition: {
        ja: "設置形態（hosting）を記載したマイナンバー利用事務系・LGWAN接続系のシステムと、LGWAN-ASP とされたインターネット接続系のシステム",
        en: "My Number and LGWAN zone systems that state their hosting (hosting), and internet-zone systems said to be LGWAN-ASP",
      },
    },
    messages: {
      // Twenty-ninth review: an LGWAN-ASP declared in the internet zone made the LGWAN terminals' own link look
      // like the internet zone's traffic into the LGWAN, and the finding pointed at the wrong thing to fix.
      lgwanAspInInternetZone: {
        ja: "システム {{system}} はインターネット接続系とされているが、LGWAN 経由で利用する LGWAN-ASP（hosting.kind: lgwan-asp）である。LGWAN-ASP は LGWAN接続系（zone: lgwan）で利用する",
        en: "System {{system}} is declared in the internet zone, but it is an LGWAN-ASP service (hosting.kind: lgwan-asp), used over the LGWAN; LGWAN-ASP belongs to the LGWAN zone (zone: lgwan)",
        severity: "high",
        clauses: ["2(10)"],
        remediation: {
          ja: "LGWAN-ASP のシステムの領域を LGWAN接続系（zone: lgwan）とすること。インターネットから住民が使う部分は、事業者のサービスとして接続（connections）に記載すること",
          en: "Declare the LGWAN-ASP system in the LGWAN zone (zone: lgwan); write residents' use from the internet as a connection to the provider's service",
        },
      },
      cloudServiceInZone: {
        ja: "システム {{system}} は{{zoneJa}}とされているが、インターネット経由で利用する一般のクラウドサービス（hosting.kind: cloud-service）である（{{modelJa}}）",
        en: "System {{system}} is declared in the {{zoneEn}}, but it is a general cloud service reached over the internet (hosting.kind: cloud-service) ({{modelEn}})",
      },
      closedInMyNumberZone: {
        ja: "システム {{system}} はマイナンバー利用事務系とされ、閉域の回線だけで接続するクラウドサービス（hosting.kind: cloud-service、closedNetworkOnly: true）と書かれている。複数の団体で共同利用する自治体クラウド（事業者のデータセンター）であれば設置形態を事業者のデータセンター（hosting.kind: data-centre）と書くこと。不特定の利用者に提供される一般のクラウドサービスであれば、マイナンバー利用事務系に置くことはできない",
        en: "System {{system}} is declared in the My Number zone as a cloud service reached over closed lines only (hosting.kind: cloud-service, closedNetworkOnly: true). If it is a municipal cloud several municipalities share (a vendor's data centre), write its hosting as data-centre; a general cloud service offered to anyone cannot be in the My Number zone",
        severity: "medium",
        remediation: {
          ja: "共同利用の自治体クラウドなら hosting.kind: data-centre と記載すること。一般のクラウドサービスなら、マイナンバー利用事務系の業務はガバメントクラウド等の閉じた環境に移すこと",
          en: "For a shared municipal cloud, write hosting.kind: data-centre; for a general cloud service, move the My Number work to Government Cloud or another closed environment",
        },
      },
      closedTenancyUnknown: {
        ja: "システム {{system}} は{{zoneJa}}の一般のクラウドサービス（hosting.kind: cloud-service）で、記載された接続（{{connections}}）はすべてインターネットを経由しない。テナントにインターネットからの入口がないか（hosting.closedNetworkOnly）の記載がない",
        en: "System {{system}} is a general cloud service (hosting.kind: cloud-service) in the {{zoneEn}}, and every connection described ({{connections}}) stays off the internet; whether the tenancy has no entry from the internet is not stated (hosting.closedNetworkOnly)",
        severity: "high",
        remediation: {
          ja: "テナントへの通信が閉域の回線だけで、公開エンドポイントやインターネットからの管理接続がないことを確かめ、hosting.closedNetworkOnly: true と記載すること。入口があれば、インターネット接続系のシステムとして扱うか、LGWAN-ASP やガバメントクラウドに移すこと",
          en: "Confirm that the tenancy is reached over closed lines only, with no public endpoint and no management over the internet, and state hosting.closedNetworkOnly: true; if it has such an entry, treat it as an internet-zone system or move to LGWAN-ASP or Government Cloud",
        },
      },
      closedLinesUnknown: {
        ja: "システム {{system}} は{{zoneJa}}の一般のクラウドサービスで、閉域の回線だけで接続する（hosting.closedNetworkOnly: true）とされているが、その回線（connections）の記載がない",
        en: "System {{system}} is a general cloud service in the {{zoneEn}} said to be reached over closed lines only (hosting.closedNetworkOnly: true), but no such line is described (connections)",
        severity: "high",
        remediation: {
          ja: "テナントへの閉域の回線を接続（connections）に記載すること（通信手段 transport: closed-line や dedicated-line）",
          en: "Describe the closed lines to the tenancy in connections (transport: closed-line or dedicated-line)",
        },
      },
      hostingKindUnknown: {
        ja: "システム {{system}}（{{zoneJa}}）の設置形態（hosting.kind）の記載がない",
        en: "System {{system}} ({{zoneEn}}) does not state its hosting kind (hosting.kind)",
      },
    },
    remediation: {
      ja: "一般のクラウドサービスはインターネット接続系のシステムとして扱い、扱う情報をそれに合わせること。LGWAN接続系・マイナンバー利用事務系で使うなら LGWAN-ASP やガバメントクラウド等の閉じた環境に移すこと",
      en: "Treat a general cloud service as an internet-zone system and limit the information it holds accordingly; for LGWAN or My Number work, move to LGWAN-ASP or Government Cloud",
    },
  },
  *evaluate(system, ctx) {
    const zone = system.zone === undefined ? undefined : ZONES[system.zone].label;
    const model = NETWORK_MODELS[ctx.profile.networkModel];
    const data = { system: system.id, zoneJa: zone?.ja ?? "", zoneEn: zone?.en ?? "", modelJa: model.ja, modelEn: model.en };
    const kind = system.hosting?.kind;
    if (kind === undefined) {
      yield ctx.needsEvidence("hostingKindUnknown", ["hosting"], data);
      return;
    }
    if (kind === "lgwan-asp" && system.zone === "internet") {
      yield ctx.fail("lgwanAspInInternetZone", ["zone"], data);
      return;
    }
    const placement = cloudPlacement(system, ctx);
    if (placement.verdict === "allowed") return;
    if (placement.verdict === "closedTenancyUnknown") {
      const connections = placement.links.join(", ");
      yield { ...ctx.needsEvidence("closedTenancyUnknown", ["hosting"], { ...data, connections }), clauses: ZONES.lgwan.clauses };
      return;
    }
    if (placement.verdict === "closedInMyNumberZone") {
      yield { ...ctx.needsEvidence("closedInMyNumberZone", ["hosting", "kind"], data), clauses: ZONES.mynumber.clauses };
      return;
    }
    if (placement.verdict === "closedLinesUnknown") {
      yield { ...ctx.needsEvidence("closedLinesUnknown", ["hosting", "closedNetworkOnly"], data), clauses: ZONES.lgwan.clauses };
      return;
    }
    // The definition and the measure of the zone it is declared in (2(9) and 6(3)①, or 2(10) and 6(3)②).
    const clauses = system.zone === undefined ? undefined : ZONES[system.zone].clauses;
    yield { ...ctx.fail("cloudServiceInZone", ["hosting", "kind"], data), ...(clauses === undefined ? {} : { clauses }) };
  },
});
