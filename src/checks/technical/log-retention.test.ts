import { testCheck } from "../../../test/support/check-table.js";
import table from "./log-retention.cases.js";
import check from "./log-retention.js";

testCheck(check, table);
