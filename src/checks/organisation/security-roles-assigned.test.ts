import { testCheck } from "../../../test/support/check-table.js";
import table from "./security-roles-assigned.cases.js";
import check from "./security-roles-assigned.js";

testCheck(check, table);
