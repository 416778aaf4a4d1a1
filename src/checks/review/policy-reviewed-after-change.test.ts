import { testCheck } from "../../../test/support/check-table.js";
import table from "./policy-reviewed-after-change.cases.js";
import check from "./policy-reviewed-after-change.js";

testCheck(check, table);
