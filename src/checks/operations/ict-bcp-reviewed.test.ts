import { testCheck } from "../../../test/support/check-table.js";
import table from "./ict-bcp-reviewed.cases.js";
import check from "./ict-bcp-reviewed.js";

testCheck(check, table);
