import { INestApplication, Logger as NestLogger } from '@nestjs/common';
import type { IEntryNestModule } from '@nestjs/core';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ServiceConfig } from '@tongban/config';
import {
  CountyKafkaServer,
  CountyEncryption,
  CountySignatures,
  DeadLetterWriter,
  ExchangeLog,
  KafkaConnection,
  KeyRegistryFollower,
} from '@tongban/messaging';
import { Logger } from 'nestjs-pino';
import { DomainErrorFilter } from '../http/domain-error.filter';
import { UnexpectedErrorFilter } from '../http/unexpected-error.filter';
import { RateLimitExceededFilter } from '../rate-limits/rate-limit-exceeded.filter';
import { completeOpenApiDocument } from '../openapi/complete-openapi-document';
import { strictValidationPipe } from './validation.pipe';

/** Where every service serves its OpenAPI document: the page, and the JSON a client reads. */
export const DOCS_ROUTE = 'docs';
export const OPENAPI_JSON_ROUTE = 'docs-json';

export interface ServiceAppOptions {
  serviceName: string;
  config: ServiceConfig;
  /** Whether the service has `@EventPattern` handlers to connect to Kafka. */
  consumesEvents: boolean;
  /** Whether a consumer group that never ran starts at the beginning of its topics (default). */
  readsHistory?: boolean;
  /** Start listening on HTTP_PORT (tests may use supertest on the server instead). */
  listen?: boolean;
}

export interface ServiceApp {
  app: INestApplication;
  consumer?: CountyKafkaServer;
  /** Settles once the Kafka consumer runs (at once for services that consume nothing). */
  consuming: Promise<void>;
}

/**
 * Boots one service in the order that keeps messages safe: global validation first, then the
 * Kafka consumer inherits it; the app (migrations included) initialises fully before the
 * consumer starts and before HTTP listens.
 */
export async function createServiceApp(
  rootModule: IEntryNestModule,
  options: ServiceAppOptions,
): Promise<ServiceApp> {
  const app = await NestFactory.create(rootModule, SERVICE_APP_OPTIONS);
  return startServiceApp(app, options);
}

/** How every service's Nest application is created (logs buffered until pino takes over). */
export const SERVICE_APP_OPTIONS = { bufferLogs: true, abortOnError: false } as const;

/**
 * The boot sequence of {@link createServiceApp} for an application created elsewhere — a test
 * harness that replaced a provider, say.
 */
export async function startServiceApp(
  app: INestApplication,
  options: ServiceAppOptions,
): Promise<ServiceApp> {
  const { config, serviceName } = options;
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(strictValidationPipe());
  // The catch-all first: the specific filters after it answer their own errors.
  app.useGlobalFilters(
    new UnexpectedErrorFilter(app.get(HttpAdapterHost).httpAdapter),
    new DomainErrorFilter(),
    new RateLimitExceededFilter(),
  );
  if (config.HTTP_TRUST_PROXY) {
    // One hop: req.ip is the address our reverse proxy saw, the last X-Forwarded-For entry.
    // Entries a client wrote itself sit further left and are ignored, so it cannot pick its own.
    (app as NestExpressApplication).set('trust proxy', 1);
  }
  app.enableShutdownHooks();

  // Every operation needs the staff token unless marked @Public() (issue 4 item 10): the
  // completion reads that, and every error the guards, pipes and filters answer, from the same
  // metadata they act on.
  const document = completeOpenApiDocument(
    app,
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder()
        .setTitle(`Tongban ${serviceName}`)
        .setDescription(`The ${serviceName} service of county node ${config.NODE_ID}`)
        .setVersion('1')
        .build(),
    ),
  );
  SwaggerModule.setup(DOCS_ROUTE, app, document, { jsonDocumentUrl: OPENAPI_JSON_ROUTE });

  let consumer: CountyKafkaServer | undefined;
  if (options.consumesEvents) {
    consumer = new CountyKafkaServer({
      config,
      serviceName,
      kafka: app.get(KafkaConnection),
      deadLetters: app.get(DeadLetterWriter),
      signatures: app.get(CountySignatures),
      encryption: app.get(CountyEncryption),
      exchangeLog: app.get(ExchangeLog),
      keyRegistry: app.get(KeyRegistryFollower),
      fromBeginning: options.readsHistory,
    });
    app.connectMicroservice({ strategy: consumer }, { inheritAppConfig: true });
  }

  await app.init();
  // Consuming starts only after the app (migrations included) is ready. It does not hold up
  // HTTP: with Kafka down a county still accepts work into its outbox, and the consumer keeps
  // trying until Kafka is back.
  const consuming = consumer ? startConsumingWithRetry(app) : Promise.resolve();
  if (options.listen ?? true) {
    await app.listen(config.HTTP_PORT, config.HTTP_HOST);
    new NestLogger('Bootstrap').log({
      msg: 'listening',
      url: `http://${config.HTTP_HOST}:${config.HTTP_PORT}`,
    });
  }
  return { app, consumer, consuming };
}

const CONSUMER_RETRY_MS = 5_000;

async function startConsumingWithRetry(app: INestApplication): Promise<void> {
  const logger = new NestLogger('Bootstrap');
  let closed = false;
  const close = app.close.bind(app);
  app.close = async () => {
    closed = true;
    return close();
  };
  for (;;) {
    try {
      await app.startAllMicroservices();
      return;
    } catch (error) {
      if (closed) return;
      logger.warn({
        msg: 'Kafka consumer could not start; retrying',
        error: String(error),
        retryMs: CONSUMER_RETRY_MS,
      });
      await new Promise((resolve) => setTimeout(resolve, CONSUMER_RETRY_MS));
      if (closed) return;
    }
  }
}
