import { testCheck } from "../../../test/support/check-table.js";
import table from "./policy-reviewed-after-audit.cases.js";
import check from "./policy-reviewed-after-audit.js";

testCheck(check, table);
