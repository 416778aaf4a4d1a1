import { testCheck } from "../../../test/support/check-table.js";
import table from "./outside-office-safeguards.cases.js";
import check from "./outside-office-safeguards.js";

testCheck(check, table);
