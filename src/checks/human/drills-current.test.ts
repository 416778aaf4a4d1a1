import { testCheck } from "../../../test/support/check-table.js";
import table from "./drills-current.cases.js";
import check from "./drills-current.js";

testCheck(check, table);
