import { testCheck } from "../../../test/support/check-table.js";
import table from "./logging-enabled.cases.js";
import check from "./logging-enabled.js";

testCheck(check, table);
