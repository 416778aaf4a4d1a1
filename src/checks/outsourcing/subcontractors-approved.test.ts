import { testCheck } from "../../../test/support/check-table.js";
import table from "./subcontractors-approved.cases.js";
import check from "./subcontractors-approved.js";

testCheck(check, table);
