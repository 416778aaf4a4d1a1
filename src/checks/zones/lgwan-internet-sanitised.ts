import { type FlowPlace, type Hop, securityCloudService } from "../../policy/flow-policy.js";
import { defineCheck } from "../define-check.js";
import { connectionHopsOf } from "../../engine/description-index.js";
import { protocolKind, protocolsOfPorts } from "../../model/protocol.js";
import { GUIDELINE_BETA, hasHopIn, LINK_MESSAGES, linkFindings, linkMessages } from "../links.js";
import { NETWORK_MODELS } from "../../model/values/network-model.js";

/** Links between the LGWAN and internet zones, and the LGWAN zone's use of the security cloud's sanitising services over a closed network. */
const domain = (from: FlowPlace, to: FlowPlace, hop: Hop) =>
  (from === "lgwan" && to === "internet") || (from === "internet" && to === "lgwan") || securityCloudService(hop);

/**
 * The LGWAN–internet path is split; anything that crosses it is sanitised (2(12), 2(13), 6(3)②).
 * Sanitisation is about what enters the LGWAN zone: outbound mail pushed one way to an
 * internet-zone relay brings nothing back, while anything answered or fetched must be sanitised
 * by a method that fits the protocol.
 */
export default defineCheck({
  meta: {
    id: "lgwan-internet-sanitised",
    area: "zones",
    title: {
      ja: "LGWAN接続系とインターネット接続系の間の通信は、通信の種類に合った無害化通信とすること",
      en: "Traffic between the LGWAN and internet zones must be sanitised by a method that fits it",
    },
    description: {
      ja: "LGWAN接続系とインターネット接続系の間の接続を方向ごとに判定する。LGWAN接続系に入る通信は無害化（メール本文のテキスト化、画面転送、ファイルの無害化）を経由すること。無害化の方式は通信に合うこと（メールにはテキスト化、ファイル共有にはファイルの無害化。添付ファイルの削除だけでは本文の HTML が残るため認めない）。LGWAN接続系から片方向でメールを送り出すだけの接続（SMTP の中継等）は LGWAN接続系に何も持ち込まないため無害化を求めない。β・β'モデルでは、インターネット接続系の端末（端末群）から LGWAN接続系の業務システムへは画面転送に限る。システムの間でファイルやメールを LGWAN接続系に取り込む接続（ファイル・メールの無害化装置を経由するもの等）は、α と同じく通信に合った無害化であればよい。インターネットを経由する接続はインターネットとの通信として判定する。都道府県の自治体情報セキュリティクラウドが提供する無害化のサービス（仮想ブラウザ、メールの無害化等）を LGWAN接続系（LGWAN-ASP で提供されるメール等を含む）が LGWAN・閉域網・専用線で使う接続も、インターネット接続系との間の通信と同じく判定する（自前のインターネット接続系を持たない団体の構成）。",
      en: "Judges each direction of a link between the LGWAN and internet zones. Traffic entering the LGWAN zone passes sanitisation (mail text conversion, screen transfer, file sanitisation) that fits it: text conversion for mail, file sanitisation for file shares; removing attachments alone leaves HTML bodies and does not count. A one-way link that only pushes mail out of the LGWAN zone (an SMTP relay) brings nothing in and needs none. Under β and β', internet-zone terminals (terminal groups) reach LGWAN business systems only by screen transfer; files and mail passed between systems into the LGWAN zone (through a file or mail sanitiser, say) are judged as under α: sanitisation that fits them. A link crossing the internet is judged as traffic with the internet. The LGWAN side's use of a sanitising service of the prefecture's security cloud (a virtual browser, a mail sanitiser; an LGWAN-ASP mail service included) over the LGWAN, a closed network or a dedicated line is judged the same way as a link with the internet zone (a body with no internet zone of its own).",
    },
    clauses: ["6(3)②", "2(12)", "2(13)"],
    threats: ["T1"],
    basis: "policy",
    severity: "critical",
    target: "connection",
    applicability: {
      when: (connection, ctx) => hasHopIn(connection, ctx.index, domain),
      condition: {
        ja: "LGWAN接続系とインターネット接続系の間の経路、または LGWAN接続系（LGWAN-ASP を含む）と自治体情報セキュリティクラウドの間の LGWAN・閉域網・専用線による経路を含む接続",
        en: "connections with a hop between the LGWAN zone and the internet zone, or between the LGWAN zone (LGWAN-ASP services included) and the security cloud over the LGWAN, a closed network or a dedicated line",
      },
    },
    messages: {
      ...linkMessages(
        "directionUnknown",
        "notSanitised",
        "sanitisationUnknown",
        "attachmentOnly",
        "attachmentsUnknown",
        "methodUnfit",
        "screenTransferRequired",
        "screenIntoSystem",
        "browsingNotScreenTransfer",
        "browsingOrDownload",
        "screenTransferDeniedInPurpose",
        "mailboxReadFromOutside",
      ),
      // Thirty-second review: internet-zone terminals working in LGWAN business systems by screen transfer is the β
      // model's arrangement; under an α profile its conditions (EDR, CSIRT, drills, log analysis) went unchecked unsaid.
      betaShapeUnderAlpha: {
        ja: "接続 {{connection}} でインターネット接続系の端末が LGWAN接続系の業務システムを画面転送で使っている。これはβモデルの構成だが、プロファイルのネットワークモデルは{{modelJa}}である。どちらのモデルを採るか確かめること",
        en: "Through connection {{connection}}, internet-zone terminals use an LGWAN business system by screen transfer: the β model's arrangement, while the profile's network model is {{modelEn}}. Confirm which model applies",
        basis: "guideline",
        reference: GUIDELINE_BETA,
        severity: "high",
        clauses: ["6(3)②"],
        remediation: {
          ja: "業務端末をインターネット接続系に置くβ（β'）モデルなら、プロファイルの networkModel を beta（beta-prime）とし、βモデルの条件（EDR、CSIRT、訓練、ログの分析、監査）を満たすこと。αモデルなら、業務端末を LGWAN接続系に置くこと",
          en: "If business terminals sit in the internet zone (the β or β' model), set the profile's networkModel to beta (or beta-prime) and meet the β model's conditions (EDR, CSIRT, drills, log analysis, audits); under the α model, keep business terminals in the LGWAN zone",
        },
      },
      protocolUnknown: {
        ja: "接続 {{connection}} の通信（{{protocols}}）は、メール・画面・ファイルのどれにも当たらない、または当たるか分からない種類で、記載した無害化の方式で無害化できるか判断できない",
        en: "Connection {{connection}} carries {{protocols}}, which is not mail, screens or files, or cannot be told to be, so whether the sanitisation written can sanitise it cannot be judged",
        remediation: {
          ja: "通信の種類が分かる名前（smtp、https、rdp、smb など）で protocols を記載すること。独自の連携なら、それがメール・画面・ファイルのどれに当たるかを書き、その種類に合った無害化を経由させること",
          en: "Write protocols by names that tell their kind (smtp, https, rdp, smb…); for a vendor's own exchange, name which of mail, screen or files it is, and route it through sanitisation that fits that kind",
        },
      },
      // Sanitisation does not cure a line that crosses the internet into the zone: the advice is where
      // to end it (sixteenth review: a VPN already carrying screen transfer was told to add it).
      overInternet: {
        ...LINK_MESSAGES.overInternet,
        remediation: {
          ja: "インターネットを経由する区間は LGWAN接続系の外（インターネット接続系の中継サーバや LGWAN-ASP など）で終わらせ、LGWAN接続系へは画面転送などの無害化を経た通信だけを入れること",
          en: "End the leg that crosses the internet outside the LGWAN zone (at a relay in the internet zone, an LGWAN-ASP or the like) and let only sanitised traffic, such as screen transfer, into the LGWAN zone",
        },
      },
    },
    remediation: {
      ja: "LGWAN接続系に入る通信は、メール本文のテキスト化、画面転送、ファイルの無害化など通信に合った無害化を経由させ、その方式（sanitisation）を記載すること。送り出すだけのメール中継は片方向（one-way）とし、プロトコル（protocols）を記載すること",
      en: "Route traffic entering the LGWAN zone through sanitisation that fits it (mail text conversion, screen transfer, file sanitisation) and state it in sanitisation; make an outbound-only mail relay one-way and state its protocols",
    },
  },
  *evaluate(connection, ctx) {
    let failed = false;
    for (const draft of linkFindings(connection, ctx, domain)) {
      failed ||= draft.outcome === "fail";
      yield draft;
    }
    // A protocol this library cannot tell the kind of (「独自連携」, a vendor's sync tool) cannot be
    // matched to the sanitisation written beside it: asked, not passed (after the eighteenth review's
    // SSH tunnel). Left out when the link already fails, or states no sanitisation to match.
    const model = ctx.profile.networkModel;
    if (
      !failed &&
      (model === "alpha" || model === "alpha-prime") &&
      (connection.sanitisation ?? []).includes("screen-transfer") &&
      connectionHopsOf(ctx.index, connection).some((hop) => hop.from === "internet" && hop.to === "lgwan" && hop.fromTerminals === true)
    ) {
      const label = NETWORK_MODELS[model];
      yield ctx.needsEvidence("betaShapeUnderAlpha", [], { connection: connection.id, modelJa: label.ja, modelEn: label.en });
    }
    if (failed || (connection.sanitisation ?? []).length === 0) return;
    // By their ports too (fifty-fifth review: writing less passed; fifty-sixth: screen transfer on port 22 passed beside
    // written protocols). SSH's port beside SFTP or SCP is that file transfer.
    const stated = connection.protocols ?? [];
    const filesOverSsh = stated.some((p) => /sftp|scp/iu.test(p));
    const written = [...stated, ...protocolsOfPorts(connection.ports).filter((p) => !(p === "ssh" && filesOverSsh))];
    const unknown = [...new Set(written)].filter((protocol) => protocolKind(protocol) === undefined);
    // Screen transfer is written the way the session opens (from the LGWAN terminals out) while screens come back in: what
    // it carries is judged either way (fifty-seventh review: the virtual browser over SSH passed).
    const screens = (connection.sanitisation ?? []).includes("screen-transfer");
    // The security cloud's services take the internet zone's place (eightieth review: SSH from its SOC went unasked).
    const lgwanSide = (place: FlowPlace | undefined) => place === "lgwan" || place === "lgwan-network";
    const intoLgwan = connectionHopsOf(ctx.index, connection).some((hop) => {
      const service = securityCloudService(hop);
      const inward = service ? lgwanSide(hop.to) : hop.to === "lgwan" && hop.from === "internet";
      const outward = service ? lgwanSide(hop.from) : hop.from === "lgwan" && hop.to === "internet";
      return inward || (screens && outward);
    });
    if (unknown.length > 0 && intoLgwan)
      yield ctx.needsEvidence("protocolUnknown", ["protocols"], { connection: connection.id, protocols: unknown.join(", ") });
  },
});
