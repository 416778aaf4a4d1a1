import { testCheck } from "../../../test/support/check-table.js";
import table from "./cloud-usage-rules-established.cases.js";
import check from "./cloud-usage-rules-established.js";

testCheck(check, table);
