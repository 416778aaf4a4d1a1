import { testCheck } from "../../../test/support/check-table.js";
import table from "./ict-bcp-scenarios.cases.js";
import check from "./ict-bcp-scenarios.js";

testCheck(check, table);
