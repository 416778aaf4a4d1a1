import { testCheck } from "../../../test/support/check-table.js";
import table from "./internet-egress-via-security-cloud.cases.js";
import check from "./internet-egress-via-security-cloud.js";

testCheck(check, table);
