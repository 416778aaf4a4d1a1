import { testCheck } from "../../../test/support/check-table.js";
import table from "./audit-current.cases.js";
import check from "./audit-current.js";

testCheck(check, table);
