import { testCheck } from "../../../test/support/check-table.js";
import table from "./server-power-protection.cases.js";
import check from "./server-power-protection.js";

testCheck(check, table);
