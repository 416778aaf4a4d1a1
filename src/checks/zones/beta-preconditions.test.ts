import { testCheck } from "../../../test/support/check-table.js";
import table from "./beta-preconditions.cases.js";
import check from "./beta-preconditions.js";

testCheck(check, table);
