package io.storedesk.sync.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.storedesk.common.MessageKey;
import io.storedesk.sync.ChannelKind;
import io.storedesk.sync.engine.ChannelEndpoint;
import io.storedesk.sync.engine.FakeRemote;
import io.storedesk.ui.I18n;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AddChannelViewModelTest {

    private static final String SECRET = "good-token";

    private final SyncUiFixture fixture = new SyncUiFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eachFieldsProblemIsToldBesideItAndNothingIsAdded() {
        AddChannelViewModel form = new AddChannelViewModel(fixture.sync.channels(), fixture.tasks, () -> "anna",
                Set.of(ChannelKind.MANUAL, ChannelKind.SHOPIFY));
        assertThat(form.kinds()).containsExactly(ChannelKind.SHOPIFY, ChannelKind.MANUAL);
        form.kindProperty().set(ChannelKind.SHOPIFY);
        form.text(ChannelField.BASE_URL).set("ftp://shop.example.com");
        form.text(ChannelField.CURRENCY).set("EURO");
        form.text(ChannelField.LOCATION_ID).set("main store");

        form.save();

        assertThat(form.errors()).containsOnlyKeys(ChannelField.NAME, ChannelField.BASE_URL, ChannelField.CURRENCY,
                ChannelField.TOKEN, ChannelField.LOCATION_ID);
        assertThat(form.errors().get(ChannelField.BASE_URL).key()).isEqualTo("sync.channel.badUrl");
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        MessageKey currency = form.errors().get(ChannelField.CURRENCY);
        assertThat(chinese.get(currency.key(), currency.arguments())).isEqualTo("“EURO”不是币种代码：请填写三个字母，例如 CNY 或 USD。");
        assertThat(form.addedProperty().get()).isNull();
        assertThat(fixture.sync.channels().list()).isEmpty();
    }

    @Test
    void theKindDecidesTheSignInFields() {
        AddChannelViewModel form = fixture.addForm();
        form.kindProperty().set(ChannelKind.WOOCOMMERCE);
        assertThat(form.fields()).containsExactly(ChannelField.NAME, ChannelField.BASE_URL, ChannelField.CURRENCY,
                ChannelField.CONSUMER_KEY, ChannelField.CONSUMER_SECRET);
        form.kindProperty().set(ChannelKind.ODOO);
        form.signInProperty().set(SignInMode.ENVIRONMENT);
        assertThat(form.fields()).containsExactly(ChannelField.NAME, ChannelField.BASE_URL, ChannelField.CURRENCY,
                ChannelField.DATABASE, ChannelField.KEY_VARIABLE, ChannelField.SECRET_VARIABLE);
    }

    @Test
    void aTakenNameIsRefusedByTheSetupBesideTheNameField() {
        FakeRemote remote = new FakeRemote();
        fixture.channel("My Shop", remote.baseUrl);
        AddChannelViewModel form = fixture.addForm();
        form.kindProperty().set(ChannelKind.MANUAL);
        form.signInProperty().set(SignInMode.NONE);
        form.text(ChannelField.NAME).set("my shop");
        form.text(ChannelField.BASE_URL).set(remote.baseUrl);

        form.save();

        assertThat(form.errors()).containsOnlyKeys(ChannelField.NAME);
        assertThat(form.errors().get(ChannelField.NAME).key()).isEqualTo("sync.channel.codeTaken");
        assertThat(form.addedProperty().get()).isNull();
    }

    @Test
    void aTypedSecretSignsInButNoPropertyOrRowShowsIt() {
        FakeRemote remote = new FakeRemote();
        AddChannelViewModel form = fixture.addForm();
        form.kindProperty().set(ChannelKind.MANUAL);
        form.text(ChannelField.NAME).set("EU shop");
        form.text(ChannelField.BASE_URL).set(remote.baseUrl);
        form.type(ChannelField.TOKEN, SECRET);

        form.save();

        ChannelEndpoint added = form.addedProperty().get();
        assertThat(added.channel().code()).isEqualTo("EU-SHOP");
        assertThat(form.plainProperties()).allSatisfy(p -> assertThat(p.get()).doesNotContain(SECRET));
        assertThat(added.toString()).doesNotContain(SECRET);
        fixture.channels.added(added);
        ChannelRow row = fixture.channels.selectedProperty().get();
        assertThat(row.code()).isEqualTo("EU-SHOP");
        assertThat(row.toString()).doesNotContain(SECRET);
        assertThat(SyncTexts.signIn(new I18n(Locale.ENGLISH), row.credentialSource()))
                .isEqualTo("•••••••• (saved encrypted)");

        fixture.channels.testConnection();

        assertThat(fixture.channels.connectionProperty().get().ok()).isTrue();
        assertThat(SyncTexts.connection(new I18n(Locale.ENGLISH), fixture.channels.connectionProperty().get()))
                .isEqualTo("Connected.");
    }

    @Test
    void environmentVariablesAreKeptByNameAndShownByName() {
        FakeRemote remote = new FakeRemote();
        AddChannelViewModel form = fixture.addForm();
        form.kindProperty().set(ChannelKind.MANUAL);
        form.signInProperty().set(SignInMode.ENVIRONMENT);
        form.text(ChannelField.NAME).set("Env shop");
        form.text(ChannelField.BASE_URL).set(remote.baseUrl);
        form.text(ChannelField.SECRET_VARIABLE).set("SHOP-TOKEN");

        form.save();
        MessageKey refused = form.errors().get(ChannelField.SECRET_VARIABLE);
        assertThat(refused.key()).isEqualTo("sync.credentials.badVariable");
        assertThat(refused.arguments()).containsExactly("SHOP-TOKEN");

        form.text(ChannelField.SECRET_VARIABLE).set("SHOP_TOKEN");
        form.save();

        assertThat(form.addedProperty().get().credentialSource()).isEqualTo("env:SHOP_TOKEN");
        assertThat(SyncTexts.signIn(new I18n(Locale.ENGLISH), "env:SHOP_TOKEN"))
                .isEqualTo("from the environment variables SHOP_TOKEN");
        assertThat(fixture.sync.channels().find("ENV-SHOP").settings().adapter()).isEqualTo(Map.of());
    }
}
