import { testCheck } from "../../../test/support/check-table.js";
import table from "./system-owner-body-covered.cases.js";
import check from "./system-owner-body-covered.js";

testCheck(check, table);
