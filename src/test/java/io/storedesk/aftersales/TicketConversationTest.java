package io.storedesk.aftersales;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storedesk.aftersales.intake.NewTicket;
import io.storedesk.common.RefusedInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Notes stay internal; the first reply to the customer is the ticket's first response. */
class TicketConversationTest {

    private final IntakeStore shop = new IntakeStore();
    private final TicketConversation conversation = shop.services().ticketConversation();
    private String code;

    @BeforeEach
    void aReturnFromTheOrder() {
        shop.agent("wangfang", true, "RETURN,EXCHANGE");
        code = shop.services().ticketIntake().fromOrder(shop.order(), TicketType.RETURN, "SIZE", null,
                Map.of(shop.lineA(), 1), TicketPriority.NORMAL, "yangfan").ticketCode();
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void aNoteGoesOnTheTimelineButIsNoResponse() {
        shop.clock().advance(Duration.ofMinutes(3));

        conversation.addNote(code, " 买家电话说周末寄回 ", "wangfang");

        Ticket t = shop.tickets().findTicket(code).orElseThrow();
        assertThat(t.firstRespondedAt()).isNull();
        assertThat(shop.tickets().events(t.id())).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.NOTE);
            assertThat(e.body()).isEqualTo("买家电话说周末寄回");
            assertThat(e.actor()).isEqualTo("wangfang");
        });
    }

    @Test
    void aTemplateReplyFillsCodeOrderAndReturnAddressAndIsTheFirstResponse() {
        shop.clock().advance(Duration.ofMinutes(9));

        String body = conversation.reply(code, "RETURN_APPROVED", "zh_CN", "wangfang");

        assertThat(body).isEqualTo("亲，您订单 TB1001 的退货申请已通过（工单 " + code + "）。请将商品（未使用、吊牌完好）寄回："
                + "上海 上海 松江区九亭镇 88 号 WH-SH仓，并在包裹上注明工单号。");
        Ticket t = shop.tickets().findTicket(code).orElseThrow();
        Instant answered = IntakeStore.START.plus(Duration.ofMinutes(9));
        assertThat(t.firstRespondedAt()).isEqualTo(answered);
        assertThat(shop.tickets().events(t.id())).last().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(TicketEventKind.REPLY);
            assertThat(e.body()).isEqualTo(body);
        });

        // A later reply does not move the first response.
        shop.clock().advance(Duration.ofMinutes(30));
        conversation.reply(code, "Please send two photos of the label.", "wangfang");
        assertThat(shop.tickets().findTicket(code).orElseThrow().firstRespondedAt()).isEqualTo(answered);
        assertThat(shop.tickets().events(t.id())).filteredOn(e -> e.kind() == TicketEventKind.REPLY).hasSize(2);
    }

    @Test
    void placeholdersTheTicketCannotFillAreLeftEmpty() {
        String inquiry = shop.services().ticketIntake().create(new NewTicket(TicketType.INQUIRY, null, null, "发票",
                null, null, null, List.of()), "yangfan").ticketCode();

        assertThat(conversation.reply(inquiry, "ACKNOWLEDGE", "en", "lina")).isEqualTo("Hello, we have received "
                + "your request (ticket " + inquiry + ") about order . We are looking into it and will get back to you "
                + "shortly.");
    }

    @Test
    void everySeededTemplateExistsInEnglishAndChinese() {
        List<String> codes = List.of("ACKNOWLEDGE", "EXCHANGE_SHIPPED", "NEED_PHOTOS", "REFUND_ISSUED",
                "RETURN_APPROVED");

        assertThat(conversation.templates("en")).extracting(ReplyTemplate::code).containsExactlyElementsOf(codes);
        assertThat(conversation.templates("zh_CN")).extracting(ReplyTemplate::code).containsExactlyElementsOf(codes);
        assertThat(conversation.templates("zh_CN")).extracting(ReplyTemplate::title).contains("请补充照片");
    }

    @Test
    void emptyTextsUnknownTemplatesAndEndedTicketsAreRefused() {
        assertRefused(() -> conversation.addNote(code, "  ", "wangfang"), "aftersales.reply.noteEmpty");
        assertRefused(() -> conversation.reply(code, "", "wangfang"), "aftersales.reply.empty");
        assertRefused(() -> conversation.reply(code, "NO_SUCH", "en", "wangfang"), "aftersales.reply.unknownTemplate");
        shop.services().ticketWorkflow().changeStatus(code, TicketStatus.CANCELLED, null, "wangfang");
        assertRefused(() -> conversation.reply(code, "还在吗？", "wangfang"), "aftersales.reply.ticketEnded");

        Ticket t = shop.tickets().findTicket(code).orElseThrow();
        assertThat(shop.tickets().events(t.id())).extracting(TicketEvent::kind).doesNotContain(
                TicketEventKind.NOTE, TicketEventKind.REPLY);
    }

    private static void assertRefused(Runnable call, String key) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RefusedInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
