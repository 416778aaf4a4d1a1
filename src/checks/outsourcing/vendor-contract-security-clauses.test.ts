import { testCheck } from "../../../test/support/check-table.js";
import table from "./vendor-contract-security-clauses.cases.js";
import check from "./vendor-contract-security-clauses.js";

testCheck(check, table);
