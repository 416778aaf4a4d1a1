import { testCheck } from "../../../test/support/check-table.js";
import table from "./remote-maintenance-controlled.cases.js";
import check from "./remote-maintenance-controlled.js";

testCheck(check, table);
