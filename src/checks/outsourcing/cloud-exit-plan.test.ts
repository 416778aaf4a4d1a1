import { testCheck } from "../../../test/support/check-table.js";
import table from "./cloud-exit-plan.cases.js";
import check from "./cloud-exit-plan.js";

testCheck(check, table);
