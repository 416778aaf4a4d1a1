import { testCheck } from "../../../test/support/check-table.js";
import table from "./government-cloud-closed-line.cases.js";
import check from "./government-cloud-closed-line.js";

testCheck(check, table);
