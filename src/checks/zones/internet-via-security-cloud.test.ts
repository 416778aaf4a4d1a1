import { testCheck } from "../../../test/support/check-table.js";
import table from "./internet-via-security-cloud.cases.js";
import check from "./internet-via-security-cloud.js";

testCheck(check, table);
