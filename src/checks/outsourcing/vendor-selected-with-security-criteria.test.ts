import { testCheck } from "../../../test/support/check-table.js";
import table from "./vendor-selected-with-security-criteria.cases.js";
import check from "./vendor-selected-with-security-criteria.js";

testCheck(check, table);
