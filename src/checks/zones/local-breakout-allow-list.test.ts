import { testCheck } from "../../../test/support/check-table.js";
import table from "./local-breakout-allow-list.cases.js";
import check from "./local-breakout-allow-list.js";

testCheck(check, table);
