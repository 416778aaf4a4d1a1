import { testCheck } from "../../../test/support/check-table.js";
import table from "./self-inspection-current.cases.js";
import check from "./self-inspection-current.js";

testCheck(check, table);
