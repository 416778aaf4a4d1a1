import { testCheck } from "../../../test/support/check-table.js";
import table from "./training-covers-all-staff.cases.js";
import check from "./training-covers-all-staff.js";

testCheck(check, table);
