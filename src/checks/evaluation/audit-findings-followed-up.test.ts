import { testCheck } from "../../../test/support/check-table.js";
import table from "./audit-findings-followed-up.cases.js";
import check from "./audit-findings-followed-up.js";

testCheck(check, table);
